// The licence of every open-data answer (docs/decisions/0006-open-data.md): CC0 1.0. One
// constant, so the OpenAPI document, the OCDS packages and the page cannot disagree.
export const DATA_LICENCE = { name: 'CC0 1.0 Universal', identifier: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
