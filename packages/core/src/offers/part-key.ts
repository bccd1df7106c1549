// One normal form for part numbers and SKUs, shared by the matcher and the learned matches.

/** Upper-case letters and digits only: "ab-12 c" and "AB12C" are the same part number. */
export const partKey = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');
