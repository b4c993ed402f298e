package id.go.bps.pst.catalog;

import java.util.List;

/**
 * What every catalogue entry has, whatever its kind: what the cart lists, pricing and delivery read when
 * they need no more than this (README "Adding a product type").
 */
public interface CatalogEntry {

  String id();

  String title();

  /** The entry in the cart's list of products, e.g. {@code Publikasi: <title> (120 hlm)}. */
  String cartLabel();

  /** Lines describing the entry on a file generated from its metadata (see {@code SoftcopyFiles}). */
  List<String> details();
}
