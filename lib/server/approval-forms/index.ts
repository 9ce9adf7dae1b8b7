import "server-only";
// The 任免审批表's second half (ApprovalForm): read in the actor's scope, saved by hand in the
// editor, filled from a nomination at 讨论决定 or later. See docs/cadres-and-pool.md.
export { approvalFormsFor, getApprovalForm, type ApprovalFormView } from "./read";
export { APPROVAL_FORM_LABELS, saveApprovalForm } from "./write";
export { fillApprovalFormFromNomination, FILLING_STAGES, poolProposedPost } from "./fill";
