// The configurator context's only public door (the browser-safe engine is also at ./browser.ts).
export { createConfiguratorService, type ConfiguratorService, type ConfiguratorServiceOptions, type ConfiguratorProductView, type SavedConfigurationView } from './configurator-service.ts';
export { setDefinition, upsertGroup, removeGroup, setRules, adminDefinition, type SetDefinitionInput } from './admin-definitions.ts';
export { createConfiguratorAdminService, type ConfiguratorAdminService } from './configurator-admin-service.ts';
export { evaluateConfiguration } from './engine.ts';
export { checkSatisfiable, type Satisfiability } from './satisfiability.ts';
export { cheapestConfiguration, type CheapestConfiguration } from './cheapest-configuration.ts';
export { refreshFromPrice, refreshAllFromPrices } from './from-price.ts';
export { definitionProblems } from './definition-check.ts';
export { InvalidConfigurationError } from './invalid-configuration.ts';
export { configurationDeltas, snapshotOf, readSnapshot, snapshotJson } from './snapshot.ts';
export { configureLine, type ConfigureLineInput, type ConfiguredLine } from './configured-line.ts';
export { recheckConfigurations, type ConfigurationToRecheck, type ConfigurationRecheck } from './recheck-configurations.ts';
export { parseExpression, evaluateExpression, roundHalfAwayFromZero, ExpressionError } from './expression.ts';
export type * from './types.ts';
