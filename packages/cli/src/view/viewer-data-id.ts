/**
 * Id of the element that holds the page's data (ViewerData in render-page) as JSON: written by render-page, read by
 * the browser script, which must not import the server-side page code to get it.
 */
export const VIEWER_DATA_ID = 'duiqi-viewer-data'
