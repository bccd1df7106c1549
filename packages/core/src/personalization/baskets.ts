// From the event log to baskets: purchases on one day by one visitor are one order-basket;
// views and add-to-carts in one visitor-day are one session. Sessions by day keep it simple and
// stable; the event log carries no session ids worth trusting across devices.
import type { Basket, Interaction, InteractionKind } from './types.ts';

const DAY = 86_400_000;

export function basketsOf(interactions: Iterable<Interaction>, kinds: readonly InteractionKind[]): Basket[] {
  const wanted = new Set(kinds);
  const groups = new Map<string, Basket & { productIds: string[] }>();
  for (const interaction of interactions) {
    if (!wanted.has(interaction.kind)) continue;
    const day = Math.floor(interaction.at.getTime() / DAY);
    const key = `${interaction.visitor}\u0000${day}`;
    const group = groups.get(key);
    if (group) {
      group.productIds.push(interaction.productId);
      if (interaction.at > group.at) group.at = interaction.at;
    } else groups.set(key, { visitor: interaction.visitor, productIds: [interaction.productId], at: interaction.at });
  }
  return [...groups.values()];
}

export const PURCHASE_KINDS: readonly InteractionKind[] = ['PURCHASE'];
export const BROWSE_KINDS: readonly InteractionKind[] = ['VIEW', 'ADD_TO_CART', 'CONFIGURATOR', 'WIDGET_CLICK'];
