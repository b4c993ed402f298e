package id.go.bps.pst.order;

import id.go.bps.pst.common.ProductType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a sale request: a product with its quantity, choices and price. */
@Entity
@Table(name = "pst_order_line")
public class OrderLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SaleRequest request;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "product_type", nullable = false)
  private ProductType productType;

  @Column(name = "product_id")
  private String productId;

  @Column(nullable = false)
  private String description;

  @Column(name = "product_format")
  private String productFormat;

  @Column(nullable = false)
  private long quantity;

  private String variables;
  private String regions;
  private boolean processing;

  @Column(name = "unit_price")
  private Long unitPrice;

  private Long amount;
  private String explanation;

  protected OrderLine() {}

  public OrderLine(int lineNo, ProductType productType, String productId, String description, String productFormat,
      long quantity, String variables, String regions, boolean processing, Long unitPrice, Long amount,
      String explanation) {
    this.lineNo = lineNo;
    this.productType = productType;
    this.productId = productId;
    this.description = description;
    this.productFormat = productFormat;
    this.quantity = quantity;
    this.variables = variables;
    this.regions = regions;
    this.processing = processing;
    this.unitPrice = unitPrice;
    this.amount = amount;
    this.explanation = explanation;
  }

  void attachTo(SaleRequest request) {
    this.request = request;
  }

  public int getLineNo() { return lineNo; }
  public ProductType getProductType() { return productType; }
  public String getProductId() { return productId; }
  public String getDescription() { return description; }
  public String getProductFormat() { return productFormat; }
  public long getQuantity() { return quantity; }
  public String getVariables() { return variables; }
  public String getRegions() { return regions; }
  public boolean isProcessing() { return processing; }
  public Long getUnitPrice() { return unitPrice; }
  public Long getAmount() { return amount; }
  public String getExplanation() { return explanation; }
}
