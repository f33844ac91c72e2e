// GET /{locale}/dialogues/{id}/register.csv: the register of prior involvement, for the network.
import { involvementCsv } from '@/modules/dialogues/dialogue-endpoints';

export const dynamic = 'force-dynamic';

export const GET = involvementCsv;
