import {
  ConfiguratorAddToCartInput,
  ConfiguratorEvaluateInput,
  ConfiguratorProductInput,
  ConfiguratorSavedInput,
  ConfiguratorSaveInput,
} from '@tandem/validators';
import { publicProcedure, router, shopperProcedure } from '../trpc.ts';

/** The product configurator: definitions, validate + price, share, add to cart. */
export const configuratorRouter = router({
  /** A configurable product and its definition (groups, options, rules, defaults, base price). */
  product: publicProcedure.input(ConfiguratorProductInput).query(({ ctx, input }) => ctx.services.configurator.product(input.slug)),
  /** Whether a product is sold through the configurator (product pages show "Configure"). */
  isConfigurable: publicProcedure.input(ConfiguratorProductInput).query(({ ctx, input }) => ctx.services.configurator.isConfigurable(input.slug)),
  /** Validates and prices choices on the server: violations, availability, breakdown, lead time. */
  evaluate: publicProcedure.input(ConfiguratorEvaluateInput).query(({ ctx, input }) => ctx.services.configurator.evaluate(input.slug, input.choices)),
  /** Saves a valid configuration; returns its share id and path. */
  save: publicProcedure.input(ConfiguratorSaveInput).mutation(async ({ ctx, input }) => {
    const { id, sharePath } = await ctx.services.configurator.save(input.slug, input.choices);
    return { id, sharePath };
  }),
  saved: publicProcedure.input(ConfiguratorSavedInput).query(({ ctx, input }) => ctx.services.configurator.saved(input.id)),
  /**
   * Re-validates and re-prices on the server; an invalid configuration is BAD_REQUEST listing why.
   * The cart owns the line it becomes, so this is the carts service's `addConfigured`.
   */
  addToCart: shopperProcedure.input(ConfiguratorAddToCartInput).mutation(({ ctx, input }) =>
    ctx.services.carts.addConfigured({ customerId: ctx.customer?.id ?? null, cartToken: ctx.auth.cartToken }, input),
  ),
});
