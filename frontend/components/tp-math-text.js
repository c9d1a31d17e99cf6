// <tp-math-text>: shows server-rendered HTML and typesets the math spans in it with KaTeX.
// The element uses the light DOM so that KaTeX's global style sheet applies to it.
import katex from 'katex';
import 'katex/dist/katex.min.css';

class TpMathText extends HTMLElement {
  set html(value) {
    this._html = value || '';
    this.innerHTML = this._html;
    this._typeset();
  }

  get html() {
    return this._html || '';
  }

  _typeset() {
    for (const span of this.querySelectorAll('[data-tex]')) {
      const displayMode = span.classList.contains('math-display');
      katex.render(span.getAttribute('data-tex'), span, {
        displayMode,
        throwOnError: false,
        output: 'htmlAndMathml',
      });
    }
  }
}

customElements.define('tp-math-text', TpMathText);
