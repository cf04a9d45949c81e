/** The API's single error shape: RFC 9457 problem details. */
package com.pathway.shared.web;
