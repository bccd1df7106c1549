// The relevance set's catalog: products chosen as bait for the mistakes issue #18 saw on the
// demo catalog — "Cadence" one typo away from "cafe", "phone" inside "xylophone", "belt" one
// letter from "bell" — beside the products each query should find.
import type { SearchDocument } from '../port.ts';
import { doc } from './fixture-documents.ts';

const at = '2026-06-01T10:00:00.000Z';

export const relevanceDocuments: SearchDocument[] = [
  doc({ id: 'cafe-racer', title: 'Café Racer City Bicycle', brand: ['urbano', 'Urbano'], category: ['bikes/city', 'Bikes', 'City bikes'], price: 59_900, createdAt: at }),
  doc({ id: 'cadence-stem', title: 'Cadence Forge Stem 100mm', brand: ['cadence-forge', 'Cadence Forge'], category: ['parts/cockpit', 'Parts', 'Cockpit'], price: 5_900, createdAt: at }),
  doc({ id: 'cadence-crank', title: 'Cadence Forge Crankset', description: 'Precision-machined crankset.', brand: ['cadence-forge', 'Cadence Forge'], category: ['parts/drivetrain', 'Parts', 'Drivetrain'], price: 24_900, createdAt: at }),
  doc({ id: 'cadence-sensor', title: 'Cadence Sensor', description: 'Counts pedal strokes for your computer.', category: ['accessories/electronics', 'Accessories', 'Electronics'], price: 3_900, createdAt: at }),
  doc({ id: 'cargo-shorts', title: 'Cargo Shorts', description: 'Two leg pockets carry a phone and snacks for gravel days.', category: ['clothing/shorts', 'Clothing', 'Shorts'], price: 6_900, createdAt: at }),
  doc({ id: 'phone-mount', title: 'Handlebar Phone Mount', category: ['accessories/mounts', 'Accessories', 'Mounts'], price: 2_400, createdAt: at }),
  doc({ id: 'brass-bell', title: 'Brass Bell', category: ['accessories/bells', 'Accessories', 'Bells'], price: 1_500, createdAt: at }),
  doc({ id: 'belt-drive', title: 'Carbon Belt Drive', category: ['parts/drivetrain', 'Parts', 'Drivetrain'], price: 17_900, createdAt: at }),
  doc({ id: 'aero-helmet', title: 'Helmet Aero Pro', brand: ['casco', 'Casco'], category: ['accessories/helmets', 'Accessories', 'Helmets'], price: 12_900, createdAt: at }),
  doc({ id: 'gravel-explorer', title: 'Gravel Explorer', description: 'Steel frame for long days on gravel.', brand: ['montana', 'Montaña'], category: ['bikes/gravel', 'Bikes', 'Gravel bikes'], price: 129_900, createdAt: at }),
  doc({ id: 'trail-mtb', title: 'Trail Mountain Bike 29er', brand: ['montana', 'Montaña'], category: ['bikes/mountain', 'Bikes', 'Mountain bikes'], price: 149_900, createdAt: at }),
  doc({ id: 'balance-bike', title: 'Kids Balance Bike', category: ['bikes/kids', 'Bikes', 'Kids bikes'], price: 14_900, createdAt: at }),
  doc({ id: 'bike-pump', title: 'Floor Pump', description: 'Inflates any bike tyre to 11 bar.', category: ['accessories/pumps', 'Accessories', 'Pumps'], price: 3_400, createdAt: at }),
];
