// The configurator context's only public door (the browser-safe engine is also at ./browser.ts).
export { createConfiguratorService, InvalidConfigurationError, type ConfiguratorService, type ConfiguratorServiceOptions, type ConfiguratorProductView, type SavedConfigurationView } from './configurator-service.ts';
export { setDefinition, upsertGroup, removeGroup, setRules, adminDefinition, type SetDefinitionInput } from './admin-definitions.ts';
export { evaluateConfiguration } from './engine.ts';
export { checkSatisfiable, type Satisfiability } from './satisfiability.ts';
export { definitionProblems } from './definition-check.ts';
export { configurationDeltas, snapshotOf, readSnapshot } from './snapshot.ts';
export { parseExpression, evaluateExpression, roundHalfAwayFromZero, ExpressionError } from './expression.ts';
export type * from './types.ts';
