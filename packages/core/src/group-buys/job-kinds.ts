/** Closes a deal when it is due (decide, re-price, then capture or release everyone). */
export const GROUP_BUY_CLOSE_JOB = 'group-buy.close';
/** Cancels the authorisation of a participant who left. */
export const GROUP_BUY_RELEASE_JOB = 'group-buy.release';
