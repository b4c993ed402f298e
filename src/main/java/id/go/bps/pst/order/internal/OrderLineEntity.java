package id.go.bps.pst.order.internal;

import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.order.OrderLine;
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

/** The stored line of a sale request: a product with its quantity, choices and price ({@link OrderLine} outside). */
@Entity
@Table(name = "pst_order_line")
public class OrderLineEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private SaleRequestEntity request;

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

  protected OrderLineEntity() {}

  OrderLineEntity(OrderLine line) {
    this.lineNo = line.lineNo();
    this.productType = line.productType();
    this.productId = line.productId();
    this.description = line.description();
    this.productFormat = line.productFormat();
    this.quantity = line.quantity();
    this.variables = line.variables();
    this.regions = line.regions();
    this.processing = line.processing();
    this.unitPrice = line.unitPrice();
    this.amount = line.amount();
    this.explanation = line.explanation();
  }

  void attachTo(SaleRequestEntity request) {
    this.request = request;
  }

  OrderLine toRecord() {
    return new OrderLine(lineNo, productType, productId, description, productFormat, quantity, variables, regions,
        processing, unitPrice, amount, explanation);
  }
}
