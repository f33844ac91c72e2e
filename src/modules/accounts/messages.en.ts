// English UI text of signing in: same shape as messages.sv.ts.
import type { AccountsMessages } from './messages.sv';

export const accountsEn: AccountsMessages = {
  signIn: {
    title: 'Sign in',
    lead: 'Sign in with your email address and password.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    errorSummary: 'Sign-in failed',
    invalidCredentials: 'Wrong email or password. Check your details and try again.',
    throttled: (seconds: number) => `Too many failed attempts. Wait ${seconds} seconds, then try again.`,
    emailRequired: 'Enter your email address.',
    emailInvalid: 'Enter an email address like name@example.com.',
    passwordRequired: 'Enter your password.',
    unexpected: 'Something went wrong. Please try again in a moment.',
    signedOut: 'You are signed out.',
    demoHint: 'Demo accounts: see the README (password trappan-demo).',
  },
};
