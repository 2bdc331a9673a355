/*
 * Copyright 2022 The Tidepool Authors
 *
 * Licensed under the Tidepool test license: a fixture of the Provenance test suite.
 */
package org.tidepool.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as the billing screens edit it. */
public class Invoice {
    private String number;
    private String customer;
    private LocalDate issued;
    private LocalDate due;
    private BigDecimal amount;
    private String currency;
    private boolean paid;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public LocalDate getIssued() {
        return issued;
    }

    public void setIssued(LocalDate issued) {
        this.issued = issued;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }
}
