/** The tasks module's tables, the workflow post-functions that create tasks, and its scheduled work. */
package com.pathway.tasks.internal;
