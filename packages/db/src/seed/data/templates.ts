// Every product template of the demo shop, in catalog order.
import type { ProductTemplate } from '../template-types.ts';
import { accessoryTemplates } from './templates-accessories.ts';
import { apparelTemplates } from './templates-apparel.ts';
import { bikeTemplates } from './templates-bikes.ts';
import { componentTemplates } from './templates-components.ts';
import { nutritionTemplates } from './templates-nutrition.ts';

export const productTemplates: ProductTemplate[] = [
  ...bikeTemplates,
  ...componentTemplates,
  ...apparelTemplates,
  ...accessoryTemplates,
  ...nutritionTemplates,
];
