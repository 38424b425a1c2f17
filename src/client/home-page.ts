/* The home page's own script: each course card's summary (<course-summary>). */
import './course-summary.ts';
