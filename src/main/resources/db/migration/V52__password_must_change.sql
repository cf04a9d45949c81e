-- A password set by an administrator (a new account, a reset) must be changed by its user at the next
-- sign-in, before anything else. Accounts that exist keep their passwords.
alter table app_user add column password_must_change boolean default false not null;
