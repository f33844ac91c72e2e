'use client';

// The publication forms, loaded only where they are shown: a draft's founders and platform
// admins see them, every other reader of a network's page does not, and should not download
// them. Still rendered on the server, so they work before (and without) JavaScript.
import dynamic from 'next/dynamic';

export const PublishNetworkForm = dynamic(() => import('./publication-forms').then((module) => module.PublishNetworkForm));
export const UnpublishNetworkForm = dynamic(() => import('./publication-forms').then((module) => module.UnpublishNetworkForm));
