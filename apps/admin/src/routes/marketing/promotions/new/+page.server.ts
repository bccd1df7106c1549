import { promotionActions } from '../promotion-actions';
import { NEW_PROMOTION } from '../promotion-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => ({ values: NEW_PROMOTION })) satisfies PageServerLoad;

export const actions = promotionActions(null) satisfies Actions;
