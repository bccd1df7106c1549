// What the assembly-room preview draws, worked out from the definition and choices (pure, so the
// server and the browser draw the same picture): colours and style keywords of chosen options.
import type { ConfigChoices, ConfiguratorDefinition } from '@tandem/core/configurator/browser';

export interface PreviewLook {
  /** By group id: the chosen option's visual hints and its position in the group. */
  visual(groupId: string): { colour?: string; style?: string; index: number; label: string } | null;
  number(groupId: string, fallback: number): number;
  text(groupId: string): string;
}

export function previewLook(definition: ConfiguratorDefinition, choices: ConfigChoices, visible: readonly string[]): PreviewLook {
  const shown = new Set(visible);
  return {
    visual(groupId) {
      const group = definition.groups.find((g) => g.id === groupId);
      if (!group || !shown.has(groupId) || (group.kind !== 'single' && group.kind !== 'multiple')) return null;
      const chosen = choices[groupId];
      const id = Array.isArray(chosen) ? chosen[0] : chosen;
      const index = group.options.findIndex((o) => o.id === id);
      const option = group.options[index];
      return option ? { ...option.visual, index, label: option.label } : null;
    },
    number(groupId, fallback) {
      const value = choices[groupId];
      return shown.has(groupId) && typeof value === 'number' && Number.isFinite(value) ? value : fallback;
    },
    text(groupId) {
      const value = choices[groupId];
      return shown.has(groupId) && typeof value === 'string' ? value.slice(0, 20) : '';
    },
  };
}
