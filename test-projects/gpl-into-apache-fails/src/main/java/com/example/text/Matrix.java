/*
 * Copyright (C) 2022 Free Hacker
 *
 * @@license-header GPL-2.0-only@@
 */
package com.example.text;

/** A dense matrix of doubles in row-major order, with the few operations a small solver needs. */
public final class Matrix {
    private final int rows;
    private final int columns;
    private final double[] cells;

    public Matrix(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a matrix has at least one row and one column");
        }
        this.rows = rows;
        this.columns = columns;
        this.cells = new double[rows * columns];
    }

    public double get(int row, int column) {
        return cells[row * columns + column];
    }

    public void set(int row, int column, double value) {
        cells[row * columns + column] = value;
    }

    /** The product of this matrix and {@code other}. */
    public Matrix times(Matrix other) {
        if (columns != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + columns + " by " + other.rows
                    + "x" + other.columns);
        }
        Matrix product = new Matrix(rows, other.columns);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < columns; k++) {
                double left = get(i, k);
                for (int j = 0; j < other.columns; j++) {
                    product.cells[i * other.columns + j] += left * other.get(k, j);
                }
            }
        }
        return product;
    }

    /** The transpose of this matrix. */
    public Matrix transposed() {
        Matrix t = new Matrix(columns, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                t.set(j, i, get(i, j));
            }
        }
        return t;
    }

    /** The trace: the sum of the diagonal of a square matrix. */
    public double trace() {
        if (rows != columns) {
            throw new IllegalStateException("only a square matrix has a trace");
        }
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            sum += get(i, i);
        }
        return sum;
    }
}
