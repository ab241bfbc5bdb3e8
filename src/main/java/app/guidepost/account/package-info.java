/**
 * Accounts and who the caller is. Readers need no account; agents, editors and admins sign in
 * with a name and a password stored only as a PBKDF2 hash. Every answer to a sign-in attempt is
 * the same for an unknown name and a wrong password, costs the same hashing work, and repeated
 * failures for a name or an address are slowed down. Roles nest: an admin is also an editor,
 * an editor also an agent.
 */
package app.guidepost.account;
