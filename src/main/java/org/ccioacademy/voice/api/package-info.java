/**
 * The usability figures in the JSON API, public: {@code /api/usability/figures} (national, by
 * product and supplier), {@code figures/{system}} (one product's spread and trend) and {@code
 * figures.csv}; held back where fewer than the minimum number of people rated.
 */
package org.ccioacademy.voice.api;
