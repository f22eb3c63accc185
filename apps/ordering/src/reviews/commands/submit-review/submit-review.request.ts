/** Transitional: the request shapes live in libs/contracts/src/requests/ordering; these names remain for the code not yet importing them from there. */
export { SubmitGuestFeedbackRpcRequest as SubmitGuestFeedbackRequest, SubmitReviewRpcRequest as SubmitReviewRequest } from '@platter/contracts';
