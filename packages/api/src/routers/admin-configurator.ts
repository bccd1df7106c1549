import { removeGroup, setDefinition, setRules, upsertGroup } from '@tandem/core/configurator';
import { ConfiguratorRemoveGroupInput, ConfiguratorSetDefinitionInput, ConfiguratorSetRulesInput, ConfiguratorUpsertGroupInput } from '@tandem/validators';
import { adminProcedure, router } from '../trpc.ts';

/** Administrators' edits of configurators; each is refused when inconsistent or unsatisfiable. */
export const adminConfiguratorRouter = router({
  setDefinition: adminProcedure.input(ConfiguratorSetDefinitionInput).mutation(({ ctx, input }) => setDefinition(ctx.services.prisma, input)),
  upsertGroup: adminProcedure.input(ConfiguratorUpsertGroupInput).mutation(({ ctx, input }) => upsertGroup(ctx.services.prisma, input.slug, input.group, input.position)),
  removeGroup: adminProcedure.input(ConfiguratorRemoveGroupInput).mutation(({ ctx, input }) => removeGroup(ctx.services.prisma, input.slug, input.groupId)),
  setRules: adminProcedure.input(ConfiguratorSetRulesInput).mutation(({ ctx, input }) => setRules(ctx.services.prisma, input.slug, input.rules)),
});
