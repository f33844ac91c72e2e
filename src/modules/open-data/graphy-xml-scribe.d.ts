// Types for @graphy/content.xml.scribe (the package ships none): a stream that takes RDF/JS
// quads and gives RDF/XML text, with the prefixes it is created with.
declare module '@graphy/content.xml.scribe' {
  import type { Quad } from 'n3';
  import type { Duplex } from 'node:stream';

  export default function scribe(config?: { prefixes?: Record<string, string> }): Duplex & { write(quad: Quad): boolean };
}
