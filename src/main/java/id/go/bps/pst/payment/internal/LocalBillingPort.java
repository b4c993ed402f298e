package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Billing;
import id.go.bps.pst.payment.BillingLine;
import id.go.bps.pst.payment.BillingPort;
import id.go.bps.pst.payment.BillingRequest;
import id.go.bps.pst.payment.BillingStatus;
import id.go.bps.pst.payment.PaymentException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local stand-in for SIMPONI: issues billing codes itself and learns of bank payments from
 * {@code POST /api/payments/notifications}.
 */
@Service
class LocalBillingPort implements BillingPort {

  private static final Logger LOG = LoggerFactory.getLogger(LocalBillingPort.class);
  private static final int MAX_ATTEMPTS = 8;

  private final BillingRepository billings;
  private final PaymentRepository payments;
  private final BillingCodeGenerator codes;
  private final PaymentProperties properties;
  private final PaymentClock clock;
  private final TransactionTemplate newTransaction;

  LocalBillingPort(
      BillingRepository billings, PaymentRepository payments, BillingCodeGenerator codes,
      PaymentProperties properties, PaymentClock clock, PlatformTransactionManager transactionManager) {
    this.billings = billings;
    this.payments = payments;
    this.codes = codes;
    this.properties = properties;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Billing issue(BillingRequest request) {
    if (request == null) {
      throw new PaymentException("Data kode billing wajib diisi.");
    }
    String requestNumber = Checks.requestNumber(request.requestNumber());
    String unitCode = Checks.unitCode(request.unitCode());
    String payerName = Checks.required(request.payerName(), "Nama wajib setor", 200);
    List<BillingLine> lines = validLines(request);

    // Each attempt runs in its own transaction (as a call to SIMPONI would): a clash of the random
    // code on the unique constraint rolls back only that attempt, and the next one draws a new code.
    for (int attempt = 1; ; attempt++) {
      String code = codes.next();
      try {
        return newTransaction.execute(
            status -> store(code, requestNumber, unitCode, payerName, request.amount(), lines));
      } catch (DataIntegrityViolationException clash) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new PaymentException("Kode billing gagal dibuat; silakan coba lagi.", clash);
        }
        LOG.info("Billing code clash on attempt {}; drawing a new code", attempt);
      }
    }
  }

  private List<BillingLine> validLines(BillingRequest request) {
    if (request.amount() <= 0) {
      throw new PaymentException("Kode billing hanya untuk tagihan lebih dari Rp0.");
    }
    if (request.lines().isEmpty()) {
      throw new PaymentException("Kode billing harus memiliki paling sedikit satu rincian.");
    }
    List<BillingLine> lines = new ArrayList<>();
    long sum = 0;
    for (BillingLine line : request.lines()) {
      if (line == null || line.amount() <= 0) {
        throw new PaymentException("Setiap rincian kode billing harus bernilai lebih dari Rp0.");
      }
      String account = line.accountCode() == null || line.accountCode().isBlank()
          ? properties.getAccountCode()
          : Checks.required(line.accountCode(), "Kode akun", 10);
      String description = Checks.required(line.description(), "Uraian rincian", 500);
      lines.add(new BillingLine(account, description, line.amount()));
      sum = Math.addExact(sum, line.amount());
    }
    if (sum != request.amount()) {
      throw new PaymentException(
          "Jumlah rincian (" + id.go.bps.pst.common.Rupiah.format(sum) + ") tidak sama dengan total kode billing ("
              + id.go.bps.pst.common.Rupiah.format(request.amount()) + ").");
    }
    return lines;
  }

  private Billing store(
      String code, String requestNumber, String unitCode, String payerName, long amount, List<BillingLine> lines) {
    Instant now = clock.now().truncatedTo(ChronoUnit.SECONDS);
    // Lock the request's billings: a bank notification for an older one waits for us, or we see it paid.
    for (BillingEntity older : billings.lockByRequestNumber(requestNumber)) {
      if (older.status() == BillingStatus.PAID) {
        throw new PaymentException("Permintaan " + requestNumber + " sudah dibayar; kode billing baru tidak diperlukan.");
      }
      if (older.status() == BillingStatus.ACTIVE) {
        older.close(BillingStatus.CANCELLED, now);
      }
    }
    if (payments.findByRequestNumber(requestNumber).isPresent()) {
      throw new PaymentException("Permintaan " + requestNumber + " sudah dibayar; kode billing baru tidak diperlukan.");
    }
    BillingEntity billing = new BillingEntity(
        code, requestNumber, unitCode, payerName, amount, now, now.plus(properties.getBillingValidity()));
    lines.forEach(l -> billing.addLine(l.accountCode(), l.description(), l.amount()));
    billings.saveAndFlush(billing);
    return billing.toBilling(now);
  }

  @Override
  @Transactional
  public Billing expire(String code) {
    return close(code, BillingStatus.EXPIRED);
  }

  @Override
  @Transactional
  public Billing cancel(String code) {
    return close(code, BillingStatus.CANCELLED);
  }

  private Billing close(String code, BillingStatus newStatus) {
    BillingEntity billing = billings.lockByCode(Checks.required(code, "Kode billing", 15))
        .orElseThrow(() -> new PaymentException("Kode billing " + code + " tidak dikenal."));
    Instant now = clock.now();
    if (billing.status() == BillingStatus.ACTIVE) {
      billing.close(newStatus, now);
    }
    return billing.toBilling(now);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Billing> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Instant now = clock.now();
    return billings.findByCode(code.strip()).map(b -> b.toBilling(now));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Billing> findLatest(String requestNumber) {
    Instant now = clock.now();
    return billings.findFirstByRequestNumberOrderByIdDesc(requestNumber).map(b -> b.toBilling(now));
  }
}
