// Replaced by the part of the work that owns this section.
import type { NeedSectionProps } from './need-section-props';

export async function NeedPrioritySection(_props: NeedSectionProps) {
  return null;
}
