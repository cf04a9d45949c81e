/**
 * Small building blocks every module may use: the exception types that carry bad-input and conflict
 * answers, RFC 9457 problem responses for the API, and shared UI helpers. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.pathway.shared;
