/**
 * People who use CCIO Academy: accounts, roles (trainee, tutor, reviewer, admin), professional
 * profiles (profession, grade, regulator and registration number, ODS code, region), trainee
 * registration, sign-in with throttling, and the administrators' account management. Calls {@code
 * platform} only; other features use {@link org.ccioacademy.identity.CurrentUser} and {@link
 * org.ccioacademy.identity.AccountService}, never the entity's internals.
 */
package org.ccioacademy.identity;
