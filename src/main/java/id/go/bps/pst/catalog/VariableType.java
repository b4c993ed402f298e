package id.go.bps.pst.catalog;

/** DDI-like variable type: numeric or character. */
public enum VariableType {
  NUMERIC,
  STRING
}
