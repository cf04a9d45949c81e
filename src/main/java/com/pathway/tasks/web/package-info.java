/** The tasks REST API: a lead's tasks, and one's open tasks by due time. */
package com.pathway.tasks.web;
