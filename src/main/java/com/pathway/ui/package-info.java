/**
 * The application shell: theme, main layout with the navigation each role may use, and the home page.
 * Feature modules keep their own views; the navigation finds them through their {@code @Menu}.
 */
package com.pathway.ui;
