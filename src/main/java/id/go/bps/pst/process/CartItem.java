package id.go.bps.pst.process;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One product of the cart as a product group of the Camunda Form writes it (variables {@code item1} ...
 * {@code item8}). {@code productId} is the
 * option value {@code TYPE:id} (e.g. {@code MICRODATA:susenas-2024}); lists are comma separated.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CartItem(String productId, String format, Long quantity, String variables, String regions,
    Boolean processing, Long tables) {}
