// GET /{locale}/dialogues/feed.atom: new published market dialogues, for anyone.
import { dialoguesFeed } from '@/modules/dialogues/dialogue-endpoints';

export const dynamic = 'force-dynamic';

export const GET = dialoguesFeed;
