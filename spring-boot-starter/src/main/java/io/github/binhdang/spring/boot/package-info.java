/**
 * Spring Boot 4 auto-configuration for binhdang: the SDK's read limits and strict reading of its
 * types on Boot's JSON mapper, validator beans chosen by {@code binhdang.*} properties, reading and
 * checking a dataset submission with every finding located, and validation reports and JSON read
 * errors answered as RFC 9457 problem details in Vietnamese or English by {@code Accept-Language}.
 */
@NullMarked
package io.github.binhdang.spring.boot;

import org.jspecify.annotations.NullMarked;
