/** Persistence and authentication internals of the security module; other modules never use these. */
package com.pathway.security.internal;
