/**
 * Pathway. Each direct sub-package is a module with a small public API (its top-level package);
 * sub-packages below a module ({@code internal}, {@code web}, {@code ui}) are that module's own.
 */
package com.pathway;
