'use client';

// The signed-in joining panel, loaded only where it is shown: most readers of a network's page
// are signed out, and they should not download its forms and the code that sends them. Still
// rendered on the server, so it works before (and without) JavaScript.
import dynamic from 'next/dynamic';

export const MembershipPanel = dynamic(() => import('./membership-panel').then((module) => module.MembershipPanel));
