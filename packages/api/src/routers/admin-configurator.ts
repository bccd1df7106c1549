import { ConfiguratorProductInput, ConfiguratorRemoveGroupInput, ConfiguratorSetDefinitionInput, ConfiguratorSetRulesInput, ConfiguratorUpsertGroupInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

/** Staff with the `catalog` permission (see @tandem/core/staff). */
const catalogStaff = staffProcedure('catalog');

/** Administrators' edits of configurators; each is refused when inconsistent or unsatisfiable. */
export const adminConfiguratorRouter = router({
  /** The definition as stored (any product status), or null when the product has none. */
  definition: catalogStaff.input(ConfiguratorProductInput).query(({ ctx, input }) => ctx.services.adminConfigurator.definition(input.slug)),
  setDefinition: catalogStaff.input(ConfiguratorSetDefinitionInput).mutation(({ ctx, input }) => ctx.services.adminConfigurator.setDefinition(ctx.staff, input)),
  upsertGroup: catalogStaff.input(ConfiguratorUpsertGroupInput).mutation(({ ctx, input }) => ctx.services.adminConfigurator.upsertGroup(ctx.staff, input.slug, input.group, input.position)),
  removeGroup: catalogStaff.input(ConfiguratorRemoveGroupInput).mutation(({ ctx, input }) => ctx.services.adminConfigurator.removeGroup(ctx.staff, input.slug, input.groupId)),
  setRules: catalogStaff.input(ConfiguratorSetRulesInput).mutation(({ ctx, input }) => ctx.services.adminConfigurator.setRules(ctx.staff, input.slug, input.rules)),
});
