// Administrators' edits of configurators, bound to one database. Each edit is audited and
// refused when the definition would be inconsistent or unsatisfiable (admin-definitions.ts).
import type { PrismaClient } from '@tandem/db';
import type { ConfigRule, OptionGroup } from '@tandem/validators';
import type { StaffActor } from '../staff/index.ts';
import { adminDefinition, removeGroup, setDefinition, setRules, upsertGroup, type SetDefinitionInput } from './admin-definitions.ts';

/**
 * The configurator as staff edit it (any product status).
 *
 * @example const configurators = createConfiguratorAdminService(db.prisma); await configurators.definition('custom-desk')
 */
export function createConfiguratorAdminService(prisma: PrismaClient) {
  return {
    /** The definition as stored, or null when the product has none. */
    definition: (slug: string) => adminDefinition(prisma, slug),
    setDefinition: (actor: StaffActor, input: SetDefinitionInput) => setDefinition(prisma, actor, input),
    upsertGroup: (actor: StaffActor, slug: string, group: OptionGroup, position?: number) => upsertGroup(prisma, actor, slug, group, position),
    removeGroup: (actor: StaffActor, slug: string, groupId: string) => removeGroup(prisma, actor, slug, groupId),
    setRules: (actor: StaffActor, slug: string, rules: ConfigRule[]) => setRules(prisma, actor, slug, rules),
  };
}

export type ConfiguratorAdminService = ReturnType<typeof createConfiguratorAdminService>;
