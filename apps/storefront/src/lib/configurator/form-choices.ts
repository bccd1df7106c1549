// Reads a configurator form into choices, by the definition's groups: radios give an option id,
// checkboxes a list, number inputs a number (anything unparsable is passed on as text so the
// engine can say what is wrong), text inputs their text. Shared by the form actions and tests.
import type { ConfigChoices, ConfiguratorDefinition } from '@tandem/core/configurator/browser';

type FormLike = Pick<FormData, 'get' | 'getAll'>;

export function choicesFromForm(definition: Pick<ConfiguratorDefinition, 'groups'>, form: FormLike): ConfigChoices {
  const choices: ConfigChoices = {};
  for (const group of definition.groups) {
    const name = `g.${group.id}`;
    if (group.kind === 'multiple') {
      choices[group.id] = form.getAll(name).filter((v): v is string => typeof v === 'string').slice(0, 60);
      continue;
    }
    const raw = form.get(name);
    if (typeof raw !== 'string') continue;
    const value = raw.trim().slice(0, 200);
    if (group.kind === 'measurement') {
      if (value === '') continue;
      const number = Number(value.replace(',', '.'));
      choices[group.id] = Number.isFinite(number) ? number : value;
    } else if (group.kind === 'text') {
      if (raw !== '') choices[group.id] = raw.slice(0, 200);
    } else if (value !== '') choices[group.id] = value;
  }
  return choices;
}
