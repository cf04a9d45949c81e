/**
 * Users, roles, login, lockout, session timeout and personal API tokens. Other modules use
 * {@link com.pathway.security.Role}, {@link com.pathway.security.CurrentUser} and the services here,
 * and hear about security-relevant happenings through {@link com.pathway.security.SecurityAuditEvent}.
 */
package com.pathway.security;
