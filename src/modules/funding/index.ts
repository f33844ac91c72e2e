// What other parts of Trappan use of funding on the server: the secretariat's funding page.
export { FundingPage } from './funding-page';
