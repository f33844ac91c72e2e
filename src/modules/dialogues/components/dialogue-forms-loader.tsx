'use client';

// The dialogue page's forms, loaded only where they are shown: the public and agency staff
// read a dialogue without them and should not download them. Still rendered on the server, so
// they work before (and without) JavaScript.
import dynamic from 'next/dynamic';

export const DialogueActionForm = dynamic(() => import('./dialogue-action-form').then((module) => module.DialogueActionForm));
