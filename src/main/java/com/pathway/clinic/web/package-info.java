/** The clinic's REST API, including the public inquiry API that the clinic's website posts to. */
package com.pathway.clinic.web;
