package org.ccioacademy.platform.api;

/** The body of every API error: a plain message and the request id to quote. */
public record ApiError(int status, String message, String requestId) {}
