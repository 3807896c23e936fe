/**
 * Pre-filled application forms (智能预填): a matter's 申请书 filled from what the request says,
 * the licence directory (电子证照) and the same applicant's earlier checks, each value with its
 * source, printed through the notices' HTML and PDF pipeline.
 */
package org.yici.engine.form;
