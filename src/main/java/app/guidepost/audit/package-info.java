/**
 * The audit log: who changed what and when. An event is written in the transaction of the
 * change it records, so the log holds exactly the changes that happened; it is never updated.
 */
package app.guidepost.audit;
